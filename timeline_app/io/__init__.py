"""Reading and writing other formats: the project JSON format, the demo project, exports."""
