"""Python modules compiled from the Qt Designer forms in ``ui/`` (``python ui/compile_forms.py``).

Do not edit these by hand: edit the ``.ui`` file in Qt Designer and compile again.
"""
