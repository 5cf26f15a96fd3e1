"""Geography and cartography without Qt: boundaries, coordinates, projections, drawing."""
