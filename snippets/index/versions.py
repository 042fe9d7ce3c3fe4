import sys

import matplotlib
import numpy
import pandas
import sklearn
import sympy
import torch

print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
# torch.__version__ may end in a build tag such as +cpu or +cu126; drop it.
print(f"torch {torch.__version__.split('+')[0]}")
print(f"numpy {numpy.__version__}")
print(f"pandas {pandas.__version__}")
print(f"matplotlib {matplotlib.__version__}")
print(f"sympy {sympy.__version__}")
print(f"scikit-learn {sklearn.__version__}")
