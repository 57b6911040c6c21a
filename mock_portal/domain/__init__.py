"""The portal's domain rules and reference data, free of any web framework."""
