# ls-appointment (en): filled by its feature
