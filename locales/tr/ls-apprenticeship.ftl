# ls-apprenticeship (tr): filled by its feature
