"""The performance lab: plots and figures drawn from the stored runs of the
snippets marked ``lab`` (``parse`` reads their output, ``figures`` says what
each one shows, ``draw`` turns matplotlib figures into inline SVG)."""
