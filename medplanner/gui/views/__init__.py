"""The main window's views: Today, Medications, Calendar, History, Person & settings."""
