"""MedPlanner: checks, reminds and explains a prescriber's medication plan.

The prescriber decides; MedPlanner never changes a dose by itself.
"""

__version__ = "0.1.0"
