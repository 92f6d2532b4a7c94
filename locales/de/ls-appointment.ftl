# ls-appointment (de): filled by its feature
