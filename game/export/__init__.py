"""Files for educators to take away: CSV tables of a session and a printable PDF handout."""
