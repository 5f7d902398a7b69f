# The governance view.
