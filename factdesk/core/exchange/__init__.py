"""Exchange bundles that move work between laptops."""
