"""Point geometry for the drawings: curves, rotations and outlines as polygons, so any shape can be turned or dashed."""

from __future__ import annotations

import math
from collections.abc import Sequence

SIZE = 480

Point = tuple[float, float]
Box = tuple[float, float, float, float]


def bezier(p0: Point, p1: Point, p2: Point, p3: Point | None = None, n: int = 24) -> list[Point]:
    """Points along a quadratic (p3 None) or cubic Bézier curve, ends included."""
    pts = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        if p3 is None:
            x = u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0]
            y = u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]
        else:
            x = u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0]
            y = u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1]
        pts.append((x, y))
    return pts


def rotate(points: Sequence[Point], centre: Point, degrees: float) -> list[Point]:
    """Points turned clockwise (screen coordinates) about a centre."""
    a = math.radians(degrees)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = centre
    return [(cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca) for x, y in points]


def rounded_rect_points(box: Box, radius: float, n: int = 8) -> list[Point]:
    """The outline of a rounded rectangle as a polygon, so it can be rotated."""
    x0, y0, x1, y1 = box
    r = min(radius, (x1 - x0) / 2, (y1 - y0) / 2)
    corners = [(x1 - r, y0 + r, -90), (x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180)]
    pts = []
    for cx, cy, start in corners:
        for i in range(n + 1):
            a = math.radians(start + 90 * i / n)
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def mirrored(half: Sequence[Point], axis: float = SIZE / 2) -> list[Point]:
    """A symmetric outline from its left half (listed top to bottom): the half, then its mirror image back up."""
    return list(half) + [(2 * axis - x, y) for x, y in reversed(half)]


def translate(points: Sequence[Point], dx: float, dy: float) -> list[Point]:
    return [(x + dx, y + dy) for x, y in points]


def dashes(path: Sequence[Point], dash: float, gap: float) -> list[tuple[Point, Point]]:
    """Cut a polyline into dash segments: stitching, perforations."""
    out: list[tuple[Point, Point]] = []
    on, left = True, dash
    for (x0, y0), (x1, y1) in zip(path, path[1:]):
        seg = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while seg - pos > 1e-9:
            step = min(left, seg - pos)
            if on:
                t0, t1 = pos / seg, (pos + step) / seg
                out.append(((x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0), (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)))
            pos += step
            left -= step
            if left <= 1e-9:
                on = not on
                left = dash if on else gap
    return out


def ellipse_points(box: Box, n: int = 64, start: float = 0, end: float = 360) -> list[Point]:
    """Points along an ellipse (or an arc of it; angles clockwise from 3 o'clock)."""
    x0, y0, x1, y1 = box
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    return [
        (cx + rx * math.cos(math.radians(start + (end - start) * i / n)), cy + ry * math.sin(math.radians(start + (end - start) * i / n)))
        for i in range(n + 1)
    ]
