"""The Qt interface: widgets and models that adapt the content model."""
