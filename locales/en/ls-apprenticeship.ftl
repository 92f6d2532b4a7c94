# ls-apprenticeship (en): filled by its feature
