"""What the analyst sees: the scene (one typed spec of what is on screen), its folium layers,
the timeline chart, highlighted article text and the offline web assets."""

from newsmap.view import rendered

# Before any map is drawn: folium's output is kept as text, never run as a template.
rendered.install()
