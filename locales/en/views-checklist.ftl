# The checklist view.
