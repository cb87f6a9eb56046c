"""Exchange bundles that move work between laptops.

`export_bundle(desk, path, by)` writes what other desks may lack;
`import_bundle(desk, path, by)` merges a bundle (idempotent, convergent,
all-or-nothing) and returns a `MergeReport`; `conflicts` lists clashes of
concurrent edits and lets the user take the other value.
"""
