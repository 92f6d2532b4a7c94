# ls-contract (tr): filled by its feature
