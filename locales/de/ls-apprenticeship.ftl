# ls-apprenticeship (de): filled by its feature
