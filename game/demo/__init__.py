"""The self-playing demo, kept outside the game: ``policy`` chooses what a player would press on
each screen; ``runner`` presses it through the App's normal input and saves every screen."""
