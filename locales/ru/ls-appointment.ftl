# ls-appointment (ru): filled by its feature
