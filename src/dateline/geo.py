"""Distances on the globe, for the ``near`` filter and the map.

The store keeps each located event's position as a unit vector (``geo_x``, ``geo_y``,
``geo_z``; migration 0008): two points are within ``km`` of each other exactly when the dot
product of their vectors is at least ``cos(km / R)``, a test plain SQL can do on SQLite and
PostgreSQL alike (no trigonometry in the database). It is the same great-circle distance the
haversine formula gives, on a sphere of the earth's mean radius.
"""

from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "HALF_CIRCUMFERENCE_KM", "haversine_km", "min_dot", "unit_vector"]

#: The earth's mean radius (IUGG), in kilometres.
EARTH_RADIUS_KM = 6371.0088
#: The farthest two points can be apart.
HALF_CIRCUMFERENCE_KM = math.pi * EARTH_RADIUS_KM


def unit_vector(lat: float, lon: float) -> tuple[float, float, float]:
    """The point at ``lat``/``lon`` (degrees) as a vector of length 1 from the earth's centre."""
    phi, lam = math.radians(lat), math.radians(lon)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


def min_dot(km: float) -> float:
    """The smallest dot product of two unit vectors at most ``km`` apart."""
    return math.cos(min(km, HALF_CIRCUMFERENCE_KM) / EARTH_RADIUS_KM)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
