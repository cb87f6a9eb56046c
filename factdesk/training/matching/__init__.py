"""Training the matcher's re-ranker on the CheckThat! claim-retrieval data in ../shared/benchmarks."""
