"""The harness's library, shared by fixtures/, tests/, e2e/, scripts/ and benchmarks/.

No pytest here (fixtures/ holds the pytest plugins) and never an import of mock_portal: the
harness checks the portal from outside, so expected values are written out (expected.py).
"""
