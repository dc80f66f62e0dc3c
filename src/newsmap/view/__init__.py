"""What the analyst sees: the scene (one typed spec of what is on screen), its folium layers,
the timeline chart, highlighted article text and the offline web assets."""
