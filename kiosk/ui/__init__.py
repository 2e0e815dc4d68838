"""The Qt layer: thin view models and services that adapt the pure core for QML."""
