"""Training FactDesk's learned components from ../shared (never imported by the app at run time).

Each component has a subpackage with its spaCy configs and one command that
trains it and writes the weights into `resources/`.
"""
