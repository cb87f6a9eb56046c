"""Stand-in for SciPy in the frozen app (never in the source tree's or a wheel's import path).

datasketch (near-duplicate articles, core/matching/near_dup.py) imports
`scipy.integrate.quad` when its package is imported, for MinHashLSH's
parameter search. FactDesk only uses datasketch's MinHash and bands the
signatures itself, so SciPy (about 110 MB) is left out of the bundle and this
package answers the import; calling anything in it raises. See factdesk.spec.
"""
