# ls-appointment (sq): filled by its feature
