# ls-apprenticeship (ru): filled by its feature
