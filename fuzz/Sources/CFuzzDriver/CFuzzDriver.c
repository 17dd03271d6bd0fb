// Nothing to compile: the declaration in include/CFuzzDriver.h is all this module is for.
#include "CFuzzDriver.h"
