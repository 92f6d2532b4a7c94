# ls-appointment (ar): filled by its feature
