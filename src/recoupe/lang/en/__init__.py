"""English language data (boilerplate and byline vocabulary); data only."""
