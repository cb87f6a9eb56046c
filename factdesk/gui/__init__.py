"""PySide6 desktop app: windows, docks, dialogs, Qt models, workers. Adapts factdesk.core."""
