"""What a patient's visit to the screen is: where they are and how long they have been idle.

Pure Python, no Qt: the Qt view models adapt these rules for QML.
"""
