# The pyramid view.
