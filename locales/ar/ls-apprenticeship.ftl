# ls-apprenticeship (ar): filled by its feature
