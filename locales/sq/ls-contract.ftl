# ls-contract (sq): filled by its feature
