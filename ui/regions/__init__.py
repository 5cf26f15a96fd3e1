"""Regions in the window: the region panel, planners' own region layers, links by hand."""
