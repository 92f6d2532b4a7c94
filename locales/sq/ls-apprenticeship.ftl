# ls-apprenticeship (sq): filled by its feature
