"""Media kit for the built-in packs: every picture, animation, sound and video is made here.

``tools/make_media.py`` runs the jobs of every pack module listed in ``PACKS``
there. Kit modules: ``spec`` (paths, formats, budget), ``text`` (fonts), ``draw``
(Pillow drawing), ``sound`` (WAV, filters, speech), ``output`` (writing files).
"""
