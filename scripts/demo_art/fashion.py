"""Product pictures for the demo store's clothes and accessories: one drawing function per product kind."""

from __future__ import annotations

import random

from .canvas import Art, Linear, Radial, rgb, shade
from .geometry import bezier, dashes, ellipse_points, mirrored, rotate, translate


def _fabric_folds(a: Art, clip, colour, strokes) -> None:
    """Soft shadowed creases: blurred strokes clipped to the garment."""
    for path, width in strokes:
        a.paint(a.blur(a.stroke(path, width), width * 0.8), shade(colour, 0.7), 0.45, clip=clip)


def t_shirt(a: Art) -> None:
    colour = rgb("#2A9D8F")
    half = [(198, 58), (122, 80), (48, 156), (98, 206), (134, 176)] + bezier((134, 176), (130, 280), (130, 376), n=10)[1:]
    neck = bezier((282, 58), (262, 104), (218, 104), (198, 58), 20)
    body = a.poly(mirrored(half) + neck)
    a.shadow((120, 366, 360, 396), 0.3, 10)
    a.drop_shadow(body, 6, 10, 14, 0.3)
    a.paint(body, Linear(shade(colour, 1.15), colour, shade(colour, 0.85), angle=90))
    back = a.poly(bezier((198, 58), (240, 76), (282, 58), n=16) + list(reversed(neck)))
    a.paint(back, shade(colour, 0.62))
    a.paint(a.stroke(neck, 9, caps=False), shade(colour, 0.88))
    for side in (1, -1):
        cx = 240 - side * 240
        sleeve = [(abs(cx - x), y) for x, y in ((122, 80), (48, 156), (98, 206), (134, 176))]
        a.paint(a.poly(sleeve), shade(colour, 0.88), 0.5)
        cuff = [(abs(cx - 54), 164), (abs(cx - 100), 198)]
        a.paint(a.lines(dashes(cuff, 5, 4), 1.6), shade(colour, 0.7))
    a.paint(a.lines(dashes([(134, 362), (346, 362)], 6, 4), 1.6), shade(colour, 0.7))
    _fabric_folds(a, body, colour, [(bezier((160, 210), (180, 280), (170, 350)), 10), (bezier((320, 220), (300, 290), (312, 350)), 8), (bezier((150, 120), (175, 150), (190, 170)), 6)])
    a.paint(a.blur(a.poly([(150, 90), (140, 200), (146, 360), (184, 360), (196, 100)]), 14), (255, 255, 255), 0.18, clip=body)
    a.paint(a.rect((226, 64, 254, 82), 3), rgb("#F4F1EA"), clip=back)
    a.text((240, 72), "M", 10, shade(colour, 0.5), bold=True)


def hoodie(a: Art) -> None:
    colour = rgb("#8A8F98")
    hood = a.poly(bezier((178, 84), (170, 20), (310, 20), (302, 84), 30))
    a.shadow((90, 372, 390, 398), 0.3, 10)
    half = [(190, 70), (120, 92), (86, 150), (54, 330), (100, 344), (126, 206), (132, 356)]
    body = a.poly(mirrored(half))
    a.drop_shadow(a.union(body, hood), 6, 10, 14, 0.3)
    a.paint(hood, Linear(shade(colour, 0.95), shade(colour, 0.7)))
    a.paint(body, Linear(shade(colour, 1.15), colour, shade(colour, 0.82)))
    opening = a.poly(bezier((196, 70), (200, 140), (280, 140), (284, 70), 30))
    a.paint(opening, Linear(shade(colour, 0.55), shade(colour, 0.75)))
    a.paint(a.stroke(bezier((196, 70), (200, 140), (280, 140), (284, 70), 30), 8, caps=False), shade(colour, 1.08))
    for side in (1, -1):
        def sx(x, side=side):
            return x if side == 1 else 480 - x
        a.paint(a.stroke([(sx(124), 200), (sx(96), 330)], 3), shade(colour, 0.75), 0.5)
        cuff = a.poly([(sx(56), 318), (sx(100), 326), (sx(98), 348), (sx(52), 340)])
        a.paint(cuff, shade(colour, 0.86))
        a.paint(a.lines([((sx(56 + i * 6), 320 + i), (sx(54 + i * 6), 340 + i)) for i in range(8)], 1.2), shade(colour, 0.7), clip=cuff)
    band = a.rect((132, 344, 348, 372), 3)
    a.paint(band, shade(colour, 0.86))
    a.paint(a.lines([((x, 346), (x, 370)) for x in range(136, 348, 6)], 1.2), shade(colour, 0.72), clip=band)
    pocket = a.poly([(178, 250), (302, 250), (330, 340), (150, 340)])
    a.paint(pocket, shade(colour, 0.93))
    a.paint(a.lines(dashes([(178, 250), (302, 250)], 5, 3) + dashes([(150, 338), (330, 338)], 5, 3), 1.4), shade(colour, 0.65))
    for x0, x1 in ((178, 150), (302, 330)):
        a.paint(a.stroke([(x0, 250), (x1, 338)], 3.5), shade(colour, 0.6))
    for x, dx in ((222, -6), (258, 6)):
        a.paint(a.stroke(bezier((x, 124), (x + dx, 170), (x - dx, 200)), 4), rgb("#F1F1F1"))
        a.paint(a.rect((x - dx - 3, 198, x - dx + 3, 214), 2), rgb("#D9D9D9"))
    _fabric_folds(a, body, colour, [(bezier((160, 200), (170, 250), (160, 330)), 9), (bezier((320, 200), (310, 260), (322, 330)), 9)])


def summer_dress(a: Art) -> None:
    colour = rgb("#FFE49A")
    a.shadow((110, 372, 370, 398), 0.3, 10)
    hem = bezier((360, 372), (320, 390), (290, 366), (240, 384), 14) + bezier((240, 384), (190, 400), (160, 366), (120, 372), 14)[1:]
    outline = [(196, 106)] + bezier((196, 106), (240, 126), (284, 106), n=10)[1:] + [(280, 190)] + bezier((280, 190), (330, 260), (360, 372), n=12)[1:] + hem[1:-1] + bezier((120, 372), (150, 260), (200, 190), n=12) + [(196, 106)]
    dress = a.poly(outline)
    a.drop_shadow(dress, 6, 10, 14, 0.3)
    for x0, x1 in ((206, 206), (274, 274)):
        a.paint(a.stroke([(x0, 62), (x1, 112)], 6), shade(colour, 0.85))
    a.paint(dress, Linear(shade(colour, 1.2), colour, shade(colour, 0.9), angle=90))
    rnd = random.Random(7)
    petals_pink, petals_blue, centres, leaves = [], [], [], []
    for _ in range(70):
        x, y = rnd.uniform(110, 370), rnd.uniform(100, 390)
        r = rnd.uniform(5, 9)
        target = petals_pink if rnd.random() < 0.6 else petals_blue
        for k in range(5):
            (px, py), = rotate([(x, y - r)], (x, y), k * 72 + rnd.uniform(0, 30))
            target.append((px, py, r * 0.62))
        centres.append((x, y))
        leaves.append((x + r * 1.4, y + r * 0.9))
    for pts, col in ((petals_pink, "#F06C9B"), (petals_blue, "#5B8DEF")):
        for rr in sorted({round(p[2], 1) for p in pts}):
            a.paint(a.circles([(p[0], p[1]) for p in pts if round(p[2], 1) == rr], rr), rgb(col), clip=dress)
    a.paint(a.circles(leaves, 3.5), rgb("#5FAD56"), clip=dress)
    a.paint(a.circles(centres, 3), rgb("#FFF6D5"), clip=dress)
    waist = a.poly([(200, 182), (280, 182), (283, 200), (197, 200)])
    a.paint(waist, rgb("#E2574C"))
    a.paint(a.poly([(236, 190), (214, 178), (214, 204)]), rgb("#C94237"))
    a.paint(a.poly([(244, 190), (266, 178), (266, 204)]), rgb("#C94237"))
    a.paint(a.poly([(236, 192), (226, 240), (236, 236)]), rgb("#D24B40"))
    a.paint(a.poly([(244, 192), (256, 238), (246, 236)]), rgb("#D24B40"))
    a.paint(a.circle((240, 191), 7), rgb("#E2574C"))
    _fabric_folds(a, dress, colour, [(bezier((215, 210), (190, 290), (165, 370)), 9), (bezier((240, 210), (240, 300), (238, 376)), 8), (bezier((265, 210), (290, 290), (318, 370)), 9)])
    a.paint(a.poly([(196, 106), (226, 116), (214, 200), (120, 372), (150, 372)]), (255, 255, 255), 0.1, clip=dress)


def jeans(a: Art) -> None:
    colour = rgb("#3E5F8A")
    a.shadow((120, 376, 360, 398), 0.3, 10)
    legs = a.poly([(150, 56), (330, 56), (334, 380), (256, 384), (240, 176), (224, 384), (146, 380)])
    a.drop_shadow(legs, 6, 10, 14, 0.3)
    a.paint(legs, Linear(shade(colour, 1.2), colour, shade(colour, 0.85), angle=80))
    twill = [((x, 40), (x + 120, 400)) for x in range(-120, 360, 5)]
    a.paint(a.lines(twill, 1), shade(colour, 0.8), 0.35, clip=legs)
    band = a.poly([(148, 44), (332, 44), (333, 72), (147, 72)])
    a.paint(band, Linear(shade(colour, 1.1), shade(colour, 0.92)))
    stitch = rgb("#E9A23B")
    seams = dashes([(150, 48), (330, 48)], 5, 3) + dashes([(150, 68), (330, 68)], 5, 3)
    seams += dashes(bezier((252, 74), (252, 150), (240, 166)), 5, 3)
    seams += dashes(bezier((158, 78), (190, 84), (206, 72)), 5, 3) + dashes(bezier((322, 78), (290, 84), (274, 72)), 5, 3)
    seams += dashes([(150, 368), (226, 372)], 5, 3) + dashes([(254, 372), (330, 368)], 5, 3)
    a.paint(a.lines(seams, 1.6), stitch)
    a.paint(a.stroke(bezier((248, 72), (248, 150), (238, 168)), 2), shade(colour, 0.6))
    for x in (170, 216, 264, 310):
        a.paint(a.rect((x - 4, 40, x + 4, 78), 2), shade(colour, 1.05))
    a.paint(a.circle((240, 58), 7), Radial(rgb("#F3D08A"), rgb("#A9732E"), centre=(0.35, 0.35)))
    a.paint(a.circle((288, 92), 3), rgb("#C48A3A"))
    _fabric_folds(a, legs, colour, [(bezier((170, 200), (190, 210), (200, 206)), 6), (bezier((300, 230), (285, 240), (276, 236)), 6), (bezier((160, 320), (180, 330), (200, 326)), 6)])
    a.paint(a.blur(a.poly([(164, 86), (196, 86), (192, 366), (160, 366)]), 10), (255, 255, 255), 0.16, clip=legs)


def sneakers(a: Art) -> None:
    upper_c, accent = rgb("#2F6FE4"), rgb("#FF5A36")
    a.offset = (0, -14)
    a.shadow((50, 326, 440, 366), 0.4, 10)
    lace_path = bezier((204, 160), (262, 186), (340, 226), (398, 262), 24)
    upper_pts = bezier((80, 300), (56, 252), (62, 200), (86, 174), 14)
    upper_pts += bezier((86, 174), (110, 180), (140, 200), (160, 196), 10)[1:]
    upper_pts += bezier((160, 196), (160, 170), (172, 146), (190, 144), 8)[1:] + bezier((190, 144), (206, 144), (206, 156), n=4)[1:]
    upper_pts += lace_path[1:] + bezier((398, 262), (434, 272), (440, 298), (420, 302), 10)[1:] + [(80, 302)]
    upper = a.poly(upper_pts)
    midsole = a.poly(bezier((66, 296), (250, 306), (424, 292), n=20) + bezier((424, 292), (440, 300), (430, 318), (400, 326), 8)[1:] + bezier((400, 326), (250, 330), (120, 340), (70, 338), 16)[1:] + bezier((70, 338), (54, 330), (66, 296), n=6)[1:])
    a.drop_shadow(a.union(upper, midsole), 6, 10, 12, 0.3)
    a.paint(upper, Linear(shade(upper_c, 1.3), upper_c, shade(upper_c, 0.75), angle=80))
    a.paint(a.circles([(x + (3 if (y // 7) % 2 else 0), y) for y in range(140, 306, 7) for x in range(60, 440, 7)], 1.3), shade(upper_c, 0.7), 0.4, clip=upper)
    a.paint(a.clip(upper, a.oval((330, 236, 470, 350))), shade(upper_c, 0.82))
    heel = a.clip(upper, a.poly([(40, 160), (112, 182)] + bezier((112, 182), (112, 250), (136, 304), n=10) + [(40, 304)]))
    a.paint(heel, Linear(shade(accent, 1.1), shade(accent, 0.85), angle=0))
    stripe = a.poly(bezier((130, 292), (210, 276), (290, 230), (330, 196), 16) + bezier((346, 212), (300, 262), (220, 296), (150, 304), 16))
    a.paint(stripe, (255, 255, 255), clip=upper)
    a.paint(a.stroke([(x, y + 12) for x, y in lace_path[:18]], 24), shade(upper_c, 0.7), clip=upper)
    a.paint(a.stroke(bezier((88, 176), (112, 182), (140, 200), (160, 198), 12), 9), shade(upper_c, 0.45))
    a.paint(a.stroke([(88, 178), (80, 156)], 9), accent)
    a.paint(a.stroke(bezier((162, 196), (162, 170), (174, 150), (192, 148), 10), 5), shade(upper_c, 1.25))
    a.paint(midsole, Linear(rgb("#FFFFFF"), rgb("#ECEEF2"), rgb("#C9CDD4"), angle=90))
    a.paint(a.lines(dashes(bezier((84, 320), (250, 318), (410, 306), n=16), 10, 8), 2), rgb("#C3C7CF"))
    a.paint(a.minus(a.shift(midsole, 0, 9), midsole), accent)
    for k in range(6):
        x, y = lace_path[2 + k * 3]
        x, y = x - 4, y + 12
        a.paint(a.circles([(x - 9, y + 11), (x + 9, y - 11)], 3), rgb("#D6DAE0"))
        a.paint(a.stroke([(x - 13, y + 15), (x + 13, y - 15)], 5), (250, 250, 250))
    a.paint(a.blur(a.poly(bezier((110, 206), (200, 232), (300, 246), n=12) + [(300, 256), (110, 220)]), 4), (255, 255, 255), 0.18, clip=upper)


def baseball_cap(a: Art) -> None:
    colour = rgb("#C62F3B")
    a.offset = (-6, 70)
    a.shadow((70, 196, 450, 250), 0.35, 12)
    dome = ellipse_points((70, 70, 350, 350), 60, 180, 360)
    crown = a.poly(dome + bezier((350, 210), (210, 226), (70, 210), n=16))
    brim_top = bezier((250, 214), (360, 196), (444, 222), (452, 240), 20)
    brim = a.poly(brim_top + bezier((452, 240), (400, 262), (300, 256), (250, 236), 20))
    a.drop_shadow(a.union(crown, brim), 6, 12, 14, 0.3)
    a.paint(brim, Linear(shade(colour, 0.62), shade(colour, 0.85), angle=90))
    upper = a.poly(brim_top + bezier((452, 240), (380, 240), (300, 236), (250, 226), 20))
    a.paint(upper, Linear(shade(colour, 1.15), shade(colour, 0.95), angle=90))
    a.paint(a.lines(dashes(bezier((266, 222), (360, 208), (440, 232), n=20), 5, 3), 1.4), shade(colour, 0.55))
    a.paint(crown, Radial(shade(colour, 1.3), colour, shade(colour, 0.6), centre=(0.55, 0.25), radius=0.95))
    seams = []
    for x_base in (110, 170, 250, 320):
        seams.append(bezier((210, 72), ((210 + x_base) / 2 + (x_base - 210) * 0.45, 110), (x_base, 216), n=16))
    for seam in seams:
        a.paint(a.stroke(seam, 2.5), shade(colour, 0.7), clip=crown)
        a.paint(a.lines(dashes(seam, 5, 3), 1.4), shade(colour, 0.55), clip=crown)
    a.paint(a.stroke(bezier((72, 204), (210, 222), (348, 204), n=16), 10, caps=False), shade(colour, 0.75), clip=crown)
    a.paint(a.circles([(140, 118), (276, 112)], 4), shade(colour, 0.5))
    a.paint(a.oval((198, 62, 222, 78)), Radial(shade(colour, 1.2), shade(colour, 0.7)))
    a.paint(a.oval((246, 128, 310, 188)), (255, 255, 255))
    a.paint(a.ring((250, 132, 306, 184), 3), shade(colour, 0.8))
    a.text((278, 159), "B", 34, colour, bold=True)
    a.paint(a.oval((100, 90, 200, 180)), (255, 255, 255), 0.12, clip=crown)


def _lens(x0: float, x1: float, top: float, bottom: float) -> list[tuple[float, float]]:
    w = x1 - x0
    return bezier((x0, top), (x0 + w * 0.5, top - 8), (x1, top), n=12) + bezier((x1, top), (x1 + 4, bottom - 20), (x1 - w * 0.2, bottom), (x0 + w * 0.5, bottom), 16)[1:] + bezier((x0 + w * 0.5, bottom), (x0 + w * 0.1, bottom), (x0 - 8, bottom - 30), (x0, top), 16)[1:]


def sunglasses(a: Art) -> None:
    a.shadow((70, 300, 410, 336), 0.3, 12)
    left = _lens(68, 222, 150, 284)
    right = [(480 - x, y) for x, y in left]
    frames = a.union(a.poly(left), a.poly(right))
    for pts in (left, right):
        a.paint(a.stroke(pts + [pts[0]], 14), rgb("#1B1C20"))
    for x0, x1 in ((66, 34), (414, 446)):
        a.paint(a.stroke([(x0, 156), (x1, 150)], 12), Linear(rgb("#3A3C42"), rgb("#141518"), angle=90))
    a.drop_shadow(frames, 6, 10, 14, 0.25)
    for pts in (left, right):
        lens = a.poly(pts)
        a.paint(lens, Linear(rgb("#1D2B4A"), rgb("#3E2E6E"), rgb("#B4683A"), angle=90))
        a.paint(a.poly([(pts[0][0] + 10, 150), (pts[0][0] + 70, 150), (pts[0][0] + 10, 260)]), (255, 255, 255), 0.22, clip=lens)
        a.paint(a.poly([(pts[0][0] + 96, 150), (pts[0][0] + 120, 150), (pts[0][0] + 40, 290), (pts[0][0] + 16, 290)]), (255, 255, 255), 0.12, clip=lens)
    a.paint(a.stroke(bezier((222, 162), (240, 140), (258, 162)), 10), rgb("#1B1C20"))
    brow = bezier((60, 158), (150, 136), (232, 152), n=16)
    for pts in (brow, [(480 - x, y) for x, y in brow]):
        a.paint(a.stroke(pts, 18), Linear(rgb("#3A3C42"), rgb("#141518"), angle=90))
        a.paint(a.stroke([(x, y - 5) for x, y in pts[2:-2]], 2), (255, 255, 255), 0.3)
    for x in (64, 416):
        a.paint(a.circle((x, 156), 3.2), rgb("#C7CBD1"))
    a.text((110, 178), "POLARIZED", 9, (255, 255, 255), bold=True)


def handbag(a: Art) -> None:
    colour = rgb("#8B4A2B")
    a.shadow((100, 360, 380, 392), 0.4, 12)
    body = a.poly(bezier((138, 170), (240, 160), (342, 170), n=12) + [(350, 180), (376, 352)] + bezier((376, 352), (378, 374), (350, 374), n=6) + [(130, 374)] + bezier((130, 374), (102, 374), (104, 352), n=6) + [(130, 180)])
    handle = a.stroke(bezier((180, 172), (190, 40), (290, 40), (300, 172), 40), 14)
    a.drop_shadow(a.union(body, handle), 6, 10, 14, 0.3)
    a.paint(handle, Linear(shade(colour, 1.2), shade(colour, 0.8), angle=0))
    a.paint(a.lines(dashes(bezier((180, 172), (190, 40), (290, 40), (300, 172), 40), 4, 3), 1.2), rgb("#E8C9A0"), 0.8, clip=handle)
    a.paint(body, Linear(shade(colour, 1.2), colour, shade(colour, 0.72), angle=70))
    for x in (180, 300):
        a.paint(a.ring((x - 12, 160, x + 12, 184), 5), Linear(rgb("#F6E3A6"), rgb("#B8872B")))
    flap = a.poly(bezier((132, 176), (240, 166), (348, 176), n=12) + [(350, 250)] + bezier((350, 250), (240, 300), (130, 250), n=20))
    a.drop_shadow(flap, 0, 6, 6, 0.35)
    a.paint(flap, Linear(shade(colour, 1.25), shade(colour, 0.92), angle=90))
    a.paint(a.lines(dashes(bezier((140, 182), (240, 174), (340, 182), n=10) + [(342, 246)] + bezier((342, 246), (240, 290), (138, 246), n=16) + [(140, 182)], 5, 3), 1.4), rgb("#E8C9A0"))
    a.paint(a.lines(dashes([(112, 364), (368, 364)], 5, 3), 1.4), rgb("#E8C9A0"), 0.8)
    clasp = a.rect((218, 258, 262, 292), 8)
    a.paint(clasp, Linear(rgb("#FFF1B8"), rgb("#D4A63C"), rgb("#9C7420")))
    a.paint(a.rect((230, 268, 250, 282), 4), rgb("#7A5A17"))
    a.paint(a.poly([(140, 180), (190, 178), (150, 360), (120, 360)]), (255, 255, 255), 0.1, clip=body)


def leather_belt(a: Art) -> None:
    colour = rgb("#6B3F22")
    cx, cy, rx, ry, h = 240, 170, 170, 74, 84
    top = (cx - rx, cy - ry, cx + rx, cy + ry)
    bottom = (cx - rx, cy - ry + h, cx + rx, cy + ry + h)
    a.shadow((60, 300, 420, 370), 0.35, 14)
    outer = a.union(a.oval(top), a.oval(bottom), a.rect((cx - rx, cy, cx + rx, cy + h)))
    a.drop_shadow(outer, 6, 10, 14, 0.3)
    inner_wall = a.minus(a.oval(top), a.oval(bottom))
    inner_floor = a.clip(a.oval(top), a.oval(bottom))
    front = a.minus(outer, a.oval(top))
    a.paint(inner_wall, Linear(shade(colour, 0.55), shade(colour, 0.75), angle=90))
    a.paint(inner_floor, rgb("#ECEDF0"))
    a.paint(a.blur(inner_floor, 8), (0, 0, 0), 0.12, clip=inner_floor)
    a.paint(front, Linear(shade(colour, 0.7), shade(colour, 1.2), colour, shade(colour, 1.1), shade(colour, 0.7), angle=0))
    a.paint(a.ring(top, 2.5), shade(colour, 1.3), 0.7)
    stitch = dashes(ellipse_points((cx - rx + 5, cy - ry + 9, cx + rx - 5, cy + ry + 9), 80, 0, 180), 5, 3)
    stitch += dashes(ellipse_points((cx - rx + 5, cy - ry + h - 9, cx + rx - 5, cy + ry + h - 9), 80, 0, 180), 5, 3)
    a.paint(a.lines(stitch, 1.4), rgb("#E2C29A"), 0.9, clip=front)
    tip = a.poly(bezier((258, 248), (320, 246), (360, 226), n=12) + bezier((360, 226), (400, 236), (388, 280), n=8)[1:] + bezier((388, 280), (330, 316), (258, 322), n=12)[1:])
    a.drop_shadow(tip, 4, 6, 6, 0.35)
    a.paint(tip, Linear(shade(colour, 1.25), colour, angle=90))
    a.paint(a.circles([(300, 282), (330, 274), (360, 262)], 4), shade(colour, 0.4))
    frame = a.union(a.rect((196, 236, 272, 336), 14))
    hole = a.rect((210, 250, 258, 322), 7)
    buckle = a.minus(frame, hole)
    a.drop_shadow(buckle, 4, 6, 6, 0.35)
    metal = Linear(rgb("#FFFFFF"), rgb("#B9BEC6"), rgb("#6F757E"), rgb("#D5D9DE"), angle=60)
    a.paint(buckle, metal)
    a.paint(a.rect((200, 276, 272, 296), 6), metal)
    a.paint(a.rect((226, 280, 276, 292), 5), Linear(rgb("#F2F3F5"), rgb("#858B94")))


def _sock(length: float = 200) -> list[tuple[float, float]]:
    return [(0, 0), (64, 0), (64, length - 56)] + bezier((64, length - 56), (100, length - 58), (150, length - 58), n=8)[1:] + bezier((150, length - 58), (194, length - 56), (192, length + 4), (146, length + 4), 12)[1:] + [(40, length + 4)] + bezier((40, length + 4), (-6, length + 6), (0, length - 60), n=10)[1:]


def socks(a: Art) -> None:
    a.offset = (12, 36)
    a.shadow((30, 296, 440, 336), 0.35, 12)
    palette = [rgb("#C0392B"), rgb("#E0A526"), rgb("#2E86AB"), rgb("#5E8C61"), rgb("#7A4E9C")]
    # Right to left, so each sock's foot lies over the leg of the one to its right.
    for i in reversed(range(len(palette))):
        colour = palette[i]
        ox, oy = 34 + i * 52, 84 + (i % 2) * 26
        sock = a.poly(translate(_sock(), ox, oy))
        a.drop_shadow(sock, 5, 8, 10, 0.3)
        a.paint(sock, Linear(shade(colour, 1.2), colour, shade(colour, 0.85), angle=0))
        knit = []
        for row in range(0, 210, 8):
            for col in range(0, 200, 8):
                knit.append(((ox + col, oy + row), (ox + col + 4, oy + row + 5)))
                knit.append(((ox + col + 4, oy + row + 5), (ox + col + 8, oy + row)))
        a.paint(a.lines(knit, 1.1), shade(colour, 0.72), 0.5, clip=sock)
        patches = a.union(a.oval((ox - 30, oy + 150, ox + 44, oy + 224)), a.oval((ox + 150, oy + 130, ox + 224, oy + 224)))
        a.paint(patches, shade(colour, 0.72), clip=sock)
        cuff = a.rect((ox - 4, oy - 4, ox + 68, oy + 26))
        a.paint(cuff, shade(colour, 0.88), clip=sock)
        a.paint(a.lines([((ox + x, oy), (ox + x, oy + 26)) for x in range(4, 64, 5)], 1.4), shade(colour, 0.7), clip=cuff)
        a.paint(a.rect((ox - 4, oy + 40, ox + 68, oy + 52)), rgb("#F2EEE6"), clip=sock)
    band = a.poly([(24, 150), (340, 150), (344, 196), (20, 196)])
    a.drop_shadow(band, 3, 6, 6, 0.3)
    a.paint(band, Linear(rgb("#F1E3C6"), rgb("#D9C39A")))
    a.text((182, 173), "5 PAIRS · WOOL", 20, rgb("#5A3E1B"), bold=True)


def scarf(a: Art) -> None:
    main, second = rgb("#B83B4B"), rgb("#F0E6D2")
    a.shadow((110, 372, 370, 398), 0.3, 10)
    left = a.poly(bezier((140, 92), (150, 200), (136, 300), (150, 360), 20) + bezier((228, 364), (214, 300), (228, 200), (222, 96), 20))
    right = a.poly(bezier((232, 110), (244, 210), (256, 300), (246, 374), 20) + bezier((332, 374), (338, 300), (326, 210), (322, 100), 20))
    loop = a.poly(bezier((140, 96), (150, 20), (330, 20), (322, 104), 30) + bezier((270, 120), (264, 70), (200, 70), (210, 120), 30))
    a.drop_shadow(a.union(left, right, loop), 6, 10, 14, 0.3)
    for part, col, tint in ((loop, main, 0.8), (left, main, 1.0), (right, main, 1.08)):
        a.paint(part, Linear(shade(col, tint * 1.1), shade(col, tint * 0.85), angle=0))
        knit = []
        for row in range(20, 400, 9):
            for colx in range(120, 360, 10):
                knit.append(((colx, row), (colx + 5, row + 7)))
                knit.append(((colx + 5, row + 7), (colx + 10, row)))
        a.paint(a.lines(knit, 1.6), shade(col, 0.62), 0.5, clip=part)
        for y0 in (290, 318):
            a.paint(a.rect((100, y0, 380, y0 + 14)), second, clip=part)
            a.paint(a.lines([((x, y0), (x + 5, y0 + 7)) for x in range(100, 380, 10)] + [((x + 5, y0 + 7), (x + 10, y0)) for x in range(100, 380, 10)], 1.4), shade(second, 0.8), 0.7, clip=a.clip(part, a.rect((100, y0, 380, y0 + 14))))
    fringe = [((x, 362), (x + 1, 392)) for x in range(154, 226, 7)] + [((x, 374), (x - 1, 402)) for x in range(250, 330, 7)]
    a.paint(a.lines(fringe, 3.2), shade(main, 0.9))
    a.paint(a.poly([(150, 100), (180, 100), (170, 350), (150, 350)]), (255, 255, 255), 0.1, clip=left)


PRODUCTS = {
    "t-shirt": ("Cotton T-Shirt", t_shirt),
    "hoodie": ("Oversize Hoodie", hoodie),
    "summer-dress": ("Floral Summer Dress", summer_dress),
    "jeans": ("Slim Fit Jeans", jeans),
    "sneakers": ("Running Sneakers", sneakers),
    "baseball-cap": ("Baseball Cap", baseball_cap),
    "sunglasses": ("Polarized Sunglasses", sunglasses),
    "handbag": ("Leather Handbag", handbag),
    "leather-belt": ("Leather Belt", leather_belt),
    "socks": ("Wool Socks (5 pairs)", socks),
    "scarf": ("Knitted Scarf", scarf),
}
