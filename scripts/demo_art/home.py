"""Product pictures for the demo store's home and kitchen goods: one drawing function per product kind."""

from __future__ import annotations

import math
import random

from .canvas import Art, Linear, Radial, rgb, shade
from .geometry import bezier, dashes, ellipse_points, rotate, rounded_rect_points


def _cylinder(colour, light: float = 1.35, dark: float = 0.7) -> Linear:
    """Side-to-side shading of a round object lit from the upper left."""
    return Linear(shade(colour, dark + 0.1), shade(colour, light), colour, shade(colour, dark), angle=0)


def coffee_mug(a: Art) -> None:
    glaze = rgb("#2E7DAF")
    a.shadow((120, 346, 390, 386), 0.4, 12)
    handle = a.ring((276, 180, 392, 310), 24)
    a.drop_shadow(handle, 6, 10, 10, 0.3)
    a.paint(handle, Linear(shade(glaze, 1.2), shade(glaze, 0.7), angle=45))
    body = a.union(a.rect((130, 140, 330, 350)), a.oval((130, 326, 330, 374)))
    a.drop_shadow(body, 6, 10, 14, 0.3)
    a.paint(body, _cylinder(glaze))
    a.paint(a.rect((130, 280, 330, 300)), rgb("#F6F1E7"), clip=body)
    a.paint(a.rect((130, 280, 330, 300)), Linear((0, 0, 0, 60), (0, 0, 0, 0), (0, 0, 0, 70), angle=0), clip=body)
    a.paint(a.oval((130, 116, 330, 164)), Linear(rgb("#FFFFFF"), rgb("#E6E2DA")))
    coffee = a.oval((142, 124, 318, 158))
    a.paint(coffee, Radial(rgb("#B07A4A"), rgb("#6B3F1E"), rgb("#3A200C"), centre=(0.45, 0.4)))
    a.paint(a.ring((142, 124, 318, 158), 3), rgb("#D8B48A"), 0.6)
    a.text((230, 214), "♥", 44, (255, 255, 255))
    a.paint(a.rect((158, 150, 178, 340), 10), (255, 255, 255), 0.18, clip=body)
    for i, x in enumerate((196, 232, 266)):
        steam = bezier((x, 110), (x - 22, 80), (x + 22, 60), (x, 24 - i * 4), 24)
        a.paint(a.blur(a.stroke(steam, 9), 4), (150, 150, 160), 0.35)


def desk_lamp(a: Art) -> None:
    body = rgb("#F2B705")
    pivot = (318, 118)
    # The shade is drawn pointing straight down about its pivot, then turned towards the desk.
    tilt = -38
    mouth_box = (pivot[0] - 62, pivot[1] + 64, pivot[0] + 62, pivot[1] + 96)
    outline = [(pivot[0] - 18, pivot[1] - 8), (pivot[0] + 18, pivot[1] - 8)] + ellipse_points(mouth_box, 32, 0, 180)
    shade_pts = rotate(outline, pivot, tilt)
    mouth_pts = rotate(ellipse_points(mouth_box, 40), pivot, tilt)
    mid = (mouth_box[1] + mouth_box[3]) / 2
    beam = a.poly(rotate([(mouth_box[0] + 6, mid), (mouth_box[2] - 6, mid)], pivot, tilt) + [(430, 370), (262, 370)])
    a.paint(a.blur(beam, 16), (255, 236, 160), 0.5)
    a.paint(a.blur(a.oval((262, 340, 440, 390)), 10), (255, 226, 120), 0.55)
    a.shadow((96, 352, 264, 384), 0.45, 8)
    base = a.oval((100, 322, 260, 378))
    a.drop_shadow(base, 4, 6, 8, 0.3)
    a.paint(a.union(a.oval((100, 334, 260, 378)), a.rect((100, 344, 260, 356))), shade(body, 0.6))
    a.paint(a.oval((100, 322, 260, 366)), Linear(shade(body, 1.3), body, shade(body, 0.8), angle=0))
    a.paint(a.circle((222, 344), 7), rgb("#3A3D44"))
    elbow = (214, 196)
    for arm in ([(180, 338), elbow], [elbow, pivot]):
        m = a.stroke(arm, 13)
        a.drop_shadow(m, 5, 8, 8, 0.25)
        a.paint(m, Linear(shade(body, 1.3), shade(body, 0.8), angle=0))
    a.paint(a.stroke([(192, 326), (222, 212)], 2.5), rgb("#8E949C"))
    a.paint(a.stroke([(226, 206), (306, 132)], 2.5), rgb("#8E949C"))
    head = a.poly(shade_pts)
    a.drop_shadow(head, 5, 8, 8, 0.3)
    a.paint(head, Linear(shade(body, 1.4), body, shade(body, 0.72), angle=90 + tilt))
    mouth = a.poly(mouth_pts)
    a.paint(mouth, Radial(rgb("#FFFFFF"), rgb("#FFF4C2"), rgb("#FFE07A"), radius=0.6))
    a.glow(mouth, (255, 240, 170), 8, 0.8)
    for centre, r in (((180, 338), 11), (elbow, 12), (pivot, 12)):
        a.paint(a.circle(centre, r), Radial(rgb("#F4F5F7"), rgb("#8E949C"), centre=(0.35, 0.35)))
        a.paint(a.circle(centre, r * 0.4), rgb("#5B6068"))


def cushion(a: Art) -> None:
    colour = rgb("#1F7A5C")
    top = bezier((96, 76), (240, 104), (384, 76), n=20)
    right = bezier((384, 76), (358, 220), (384, 364), n=20)[1:]
    bottom = bezier((384, 364), (240, 338), (96, 364), n=20)[1:]
    left = bezier((96, 364), (122, 220), (96, 76), n=20)[1:]
    outline = top + right + bottom + left
    a.shadow((100, 346, 390, 388), 0.4, 12)
    pillow = a.poly(outline)
    a.drop_shadow(pillow, 6, 12, 14, 0.35)
    a.paint(pillow, Radial(shade(colour, 1.45), shade(colour, 1.05), shade(colour, 0.6), centre=(0.42, 0.4), radius=0.78))
    a.paint(a.stroke(outline + [outline[0]], 7), shade(colour, 0.75))
    a.paint(a.stroke(outline + [outline[0]], 2), shade(colour, 1.3), 0.5)
    # Velvet catches the light in a soft diagonal sheen; the tufted centre pulls in short dimples.
    a.paint(a.blur(a.poly([(120, 250), (250, 100), (310, 110), (170, 300)]), 24), (255, 255, 255), 0.22, clip=pillow)
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        a.paint(a.blur(a.stroke([(240 + dx * 16, 220 + dy * 16), (240 + dx * 42, 220 + dy * 40)], 6), 5), shade(colour, 0.6), 0.4, clip=pillow)
    a.paint(a.circle((240, 220), 13), Radial(shade(colour, 1.3), shade(colour, 0.65), centre=(0.4, 0.35)))
    a.paint(a.circles([(236, 216), (244, 216), (236, 224), (244, 224)], 1.6), shade(colour, 0.4))


def knife_set(a: Art) -> None:
    wood = rgb("#B9824F")
    a.shadow((110, 340, 420, 384), 0.4, 12)
    slots = [(170, 142), (205, 130), (240, 118), (275, 106)]
    for x, y in slots:
        pts = rotate(rounded_rect_points((x - 14, y - 110, x + 14, y + 10), 12), (x, y), -18)
        h = a.poly(pts)
        a.drop_shadow(h, 4, 6, 6, 0.25)
        a.paint(h, Linear(rgb("#3A3D44"), rgb("#17181B"), angle=0))
        for k in (0.35, 0.65):
            (rx, ry), = rotate([(x, y - 110 + 120 * k)], (x, y), -18)
            a.paint(a.circle((rx, ry), 3.6), rgb("#C9CDD3"))
    front = a.poly([(140, 170), (316, 110), (380, 330), (180, 350)])
    side = a.poly([(316, 110), (346, 118), (404, 320), (380, 330)])
    a.drop_shadow(a.union(front, side), 6, 10, 14, 0.3)
    a.paint(front, Linear(shade(wood, 1.2), wood, shade(wood, 0.8), angle=20))
    a.paint(side, Linear(shade(wood, 0.75), shade(wood, 0.6), angle=0))
    grain = [bezier((150 + k * 14, 170 - k * 5), (190 + k * 14, 260), (186 + k * 14, 350 - k * 1.5), n=12) for k in range(14)]
    for g in grain:
        a.paint(a.stroke(g, 1.4), shade(wood, 0.78), 0.5, clip=front)
    a.paint(a.stroke([(140, 170), (316, 110)], 4), shade(wood, 1.35))
    blade = a.poly(bezier((70, 330), (120, 300), (200, 292), (270, 292), 16) + [(270, 334)] + bezier((270, 334), (160, 340), (90, 340), (70, 330), 16))
    handle = a.poly(rounded_rect_points((268, 296, 420, 334), 16))
    a.drop_shadow(a.union(blade, handle), 5, 8, 8, 0.3)
    a.paint(blade, Linear(rgb("#FFFFFF"), rgb("#C5CAD1"), rgb("#8C939C"), rgb("#E3E6EA"), angle=90))
    a.paint(a.stroke(bezier((76, 332), (160, 338), (268, 332), n=12), 2), (255, 255, 255), 0.9)
    a.paint(a.rect((262, 292, 276, 336), 3), Linear(rgb("#E9EBEE"), rgb("#7E858E")))
    a.paint(handle, Linear(rgb("#4A4E56"), rgb("#1A1B1F"), angle=90))
    a.paint(a.circles([(310, 315), (350, 315), (390, 315)], 4.5), Radial(rgb("#FFFFFF"), rgb("#9DA3AB")))


def plant_pot(a: Art) -> None:
    clay = rgb("#F4F1EA")
    a.shadow((150, 352, 330, 386), 0.45, 10)
    leaves = [(-26, 0.86, 220), (-12, 1.0, 250), (0, 1.1, 240), (14, 1.0, 262), (28, 0.84, 226), (-4, 0.7, 208), (8, 0.66, 232)]
    green = rgb("#3F7D3A")
    for tilt, length, x in leaves:
        h = 200 * length
        pts = bezier((x - 16, 250), (x - 28, 250 - h * 0.5), (x - 2, 250 - h * 0.9), (x, 250 - h), 16)
        pts += bezier((x, 250 - h), (x + 4, 250 - h * 0.9), (x + 28, 250 - h * 0.5), (x + 16, 250), 16)[1:]
        pts = rotate(pts, (x, 250), tilt)
        leaf = a.poly(pts)
        a.drop_shadow(leaf, 3, 5, 5, 0.2)
        a.paint(leaf, Linear(shade(green, 1.25), green, shade(green, 0.75), angle=0))
        bands = [rotate([(x - 30, 250 - k), (x + 30, 250 - k + 6)], (x, 250), tilt) for k in range(30, int(h), 22)]
        a.paint(a.lines([tuple(b) for b in bands], 4), shade(green, 0.6), 0.5, clip=leaf)
        a.outline(leaf, rgb("#D6D36A"), 2.5)
    pot = a.poly([(170, 262), (310, 262), (292, 368), (188, 368)])
    rim = a.rect((160, 238, 320, 270), 6)
    a.drop_shadow(a.union(pot, rim), 6, 10, 12, 0.3)
    a.paint(pot, _cylinder(clay, 1.15, 0.78))
    a.paint(rim, _cylinder(clay, 1.2, 0.82))
    a.paint(a.rect((160, 238, 320, 244), 3), rgb("#5C3B24"))
    band = a.clip(pot, a.rect((160, 300, 320, 322)))
    a.paint(band, rgb("#2E8B8B"))
    zig = [((x, 300), (x + 8, 322)) for x in range(166, 316, 16)] + [((x + 8, 322), (x + 16, 300)) for x in range(166, 316, 16)]
    a.paint(a.lines(zig, 2), (255, 255, 255), 0.9, clip=band)
    a.paint(a.rect((178, 272, 196, 360), 8), (255, 255, 255), 0.35, clip=pot)


def wall_clock(a: Art) -> None:
    c, r = (240, 206), 176
    frame = a.circle(c, r)
    a.drop_shadow(frame, 8, 12, 16, 0.35)
    a.paint(frame, Linear(rgb("#4B5058"), rgb("#24272C"), rgb("#121316"), angle=60))
    face = a.circle(c, r - 16)
    a.paint(face, Radial(rgb("#FFFFFF"), rgb("#F3F4F6"), rgb("#D9DCE1"), centre=(0.5, 0.45), radius=0.75))
    ticks = []
    for k in range(60):
        ang = math.radians(k * 6 - 90)
        inner = r - 28 - (12 if k % 5 == 0 else 0)
        ticks.append(((c[0] + inner * math.cos(ang), c[1] + inner * math.sin(ang)), (c[0] + (r - 26) * math.cos(ang), c[1] + (r - 26) * math.sin(ang))))
    a.paint(a.lines([t for k, t in enumerate(ticks) if k % 5], 2), rgb("#5A5E66"))
    a.paint(a.lines([t for k, t in enumerate(ticks) if k % 5 == 0], 5), rgb("#202226"))
    for n in range(1, 13):
        ang = math.radians(n * 30 - 90)
        a.text((c[0] + (r - 62) * math.cos(ang), c[1] + (r - 62) * math.sin(ang)), str(n), 26 if n % 3 == 0 else 19, rgb("#202226"), bold=n % 3 == 0)
    a.text((c[0], c[1] + 60), "SILENT", 11, rgb("#8A8F98"), bold=True)

    def hand(angle_deg: float, length: float, width: float, colour, tail: float = 16) -> None:
        ang = math.radians(angle_deg - 90)
        tip = (c[0] + length * math.cos(ang), c[1] + length * math.sin(ang))
        back = (c[0] - tail * math.cos(ang), c[1] - tail * math.sin(ang))
        m = a.stroke([back, tip], width)
        a.drop_shadow(m, 3, 5, 3, 0.25)
        a.paint(m, colour)

    hand(10 * 30 + 10 * 0.5, 84, 10, rgb("#202226"))
    hand(10 * 6, 128, 7, rgb("#202226"))
    hand(34 * 6, 138, 2.5, rgb("#E62E04"), tail=34)
    a.paint(a.circle(c, 9), rgb("#E62E04"))
    a.paint(a.circle(c, 3), rgb("#F4F5F7"))
    a.paint(a.poly([(60, 0), (300, 0), (110, 380), (60, 380)]), (255, 255, 255), 0.18, clip=face)


def bath_towel(a: Art) -> None:
    colours = [rgb("#F4F1EA"), rgb("#9CC9E8"), rgb("#E9B9A8")]
    a.shadow((80, 354, 400, 390), 0.45, 12)
    rnd = random.Random(11)
    for i, colour in enumerate(colours):
        y = 294 - i * 78
        x0, x1 = 88 + i * 8, 392 - i * 8
        fold = a.rect((x0, y, x1, y + 76), 26)
        a.drop_shadow(fold, 5, 8, 10, 0.3)
        a.paint(fold, Linear(shade(colour, 1.15), colour, shade(colour, 0.78), angle=90))
        # Terry loops: a fine, low-contrast stipple rather than visible dots.
        terry = [(rnd.uniform(x0, x1), rnd.uniform(y, y + 76)) for _ in range(900)]
        a.paint(a.circles(terry, 1.0), shade(colour, 0.9), 0.45, clip=fold)
        band = a.rect((x1 - 74, y, x1 - 46, y + 76))
        a.paint(band, shade(colour, 0.88), clip=fold)
        a.paint(a.lines([((x1 - 74 + k * 4, y), (x1 - 74 + k * 4, y + 76)) for k in range(8)], 1.2), shade(colour, 0.7), 0.8, clip=a.clip(fold, band))
        a.paint(a.rect((x0 + 24, y + 8, x1 - 24, y + 22), 8), (255, 255, 255), 0.35, clip=fold)
        a.paint(a.stroke([(x0 + 30, y + 40), (x1 - 30, y + 40)], 1.4), shade(colour, 0.82), 0.5)
    tag = a.rect((118, 150, 170, 178), 4)
    a.drop_shadow(tag, 2, 3, 3, 0.3)
    a.paint(tag, rgb("#FFFFFF"))
    a.text((144, 164), "100%", 11, rgb("#5A6B7A"), bold=True)


def storage_box(a: Art) -> None:
    fabric = rgb("#B8B2A7")
    a.shadow((90, 340, 420, 386), 0.45, 12)
    front = a.poly([(96, 168), (318, 168), (318, 360), (96, 360)])
    side = a.poly([(318, 168), (394, 124), (394, 316), (318, 360)])
    opening = a.poly([(96, 168), (172, 124), (394, 124), (318, 168)])
    a.drop_shadow(a.union(front, side, opening), 6, 10, 14, 0.3)
    a.paint(opening, shade(fabric, 0.45))
    a.paint(a.poly([(172, 124), (394, 124), (394, 150), (172, 150)]), shade(fabric, 0.62), clip=opening)
    a.paint(a.poly([(96, 168), (172, 124), (172, 150), (120, 168)]), shade(fabric, 0.55), clip=opening)
    a.paint(front, Linear(shade(fabric, 1.15), fabric, shade(fabric, 0.88), angle=90))
    a.paint(side, Linear(shade(fabric, 0.8), shade(fabric, 0.68), angle=90))
    weave = [((x, 160), (x, 370)) for x in range(96, 400, 4)] + [((90, y), (400, y)) for y in range(120, 370, 4)]
    a.paint(a.lines(weave, 1), shade(fabric, 0.8), 0.25, clip=a.union(front, side))
    piping = rgb("#5A4F44")
    a.paint(a.stroke([(96, 168), (318, 168), (394, 124)], 6), piping)
    a.paint(a.stroke([(96, 168), (172, 124), (394, 124)], 5), shade(piping, 0.9))
    a.paint(a.stroke([(318, 170), (318, 360)], 3), shade(fabric, 0.65))
    slot = a.rect((172, 196, 242, 224), 14)
    a.paint(a.rect((164, 190, 250, 230), 20), shade(fabric, 0.75))
    a.paint(slot, shade(fabric, 0.3))
    a.paint(a.lines(dashes(rounded_rect_points((166, 192, 248, 228), 18), 4, 3), 1.3), rgb("#EDE8DF"))
    a.paint(a.rect((170, 262, 244, 312), 4), rgb("#E8E1D2"))
    a.paint(a.ring((174, 266, 240, 308), 1.5), shade(fabric, 0.6))
    a.text((207, 287), "TOYS", 14, rgb("#6A5F52"), bold=True)
    a.paint(a.lines(dashes([(104, 348), (312, 348)], 5, 3) + dashes([(104, 178), (312, 178)], 5, 3), 1.3), shade(fabric, 0.6))


def teapot(a: Art) -> None:
    porcelain = rgb("#F7F8FA")
    blue = rgb("#1F4E9C")
    a.shadow((110, 350, 380, 388), 0.45, 12)
    handle = a.ring((300, 180, 400, 320), 18)
    spout = a.poly(bezier((170, 300), (120, 290), (100, 230), (66, 176), 16) + bezier((84, 166), (124, 220), (150, 250), (186, 250), 16))
    body = a.poly(bezier((240, 170), (130, 170), (110, 300), (170, 360), 24) + [(310, 360)] + bezier((310, 360), (370, 300), (350, 170), (240, 170), 24)[1:])
    a.drop_shadow(a.union(handle, spout, body), 6, 10, 14, 0.3)
    a.paint(handle, Linear(rgb("#FFFFFF"), rgb("#C9CFD8"), angle=0))
    a.paint(spout, Linear(rgb("#FFFFFF"), rgb("#D5DAE2"), angle=90))
    a.paint(a.oval((62, 164, 88, 178)), rgb("#AEB6C2"))
    a.paint(body, Radial(rgb("#FFFFFF"), porcelain, rgb("#C6CCD6"), centre=(0.4, 0.35), radius=0.8))
    band = a.clip(body, a.rect((100, 246, 380, 296)))
    a.paint(band, blue, 0.92)
    a.paint(a.circles([(x, 271) for x in range(130, 360, 28)], 9), (255, 255, 255), 0.9, clip=band)
    a.paint(a.circles([(x, 271) for x in range(130, 360, 28)], 4), blue, clip=band)
    scallops = [(x, 246) for x in range(116, 372, 16)]
    a.paint(a.circles(scallops, 8), blue, clip=body)
    a.paint(a.circles([(x, 296) for x in range(116, 372, 16)], 8), blue, 0.9, clip=body)
    for x, y in ((190, 210), (290, 210), (240, 326)):
        petals = [(x + 9 * math.cos(math.radians(k * 72)), y + 9 * math.sin(math.radians(k * 72))) for k in range(5)]
        a.paint(a.circles(petals, 6), blue, clip=body)
        a.paint(a.circle((x, y), 3.5), rgb("#D4A63C"))
    a.paint(a.oval((186, 166, 294, 186)), Linear(rgb("#FFFFFF"), rgb("#DCE0E6")))
    a.paint(a.ring((186, 166, 294, 186), 3), rgb("#D4A63C"))
    lid = a.poly(ellipse_points((196, 132, 284, 220), 40, 180, 360))
    a.paint(lid, Radial(rgb("#FFFFFF"), rgb("#D3D8E0"), centre=(0.4, 0.3)))
    a.paint(a.stroke(ellipse_points((206, 146, 274, 214), 30, 200, 340), 4), blue, 0.9)
    a.paint(a.circle((240, 128), 13), Radial(rgb("#FFFFFF"), rgb("#C2C9D3"), centre=(0.35, 0.35)))
    a.paint(a.circle((240, 128), 5), rgb("#D4A63C"))
    a.paint(a.rect((150, 200, 176, 330), 13), (255, 255, 255), 0.45, clip=body)


def scented_candle(a: Art) -> None:
    glass = rgb("#B9783E")
    a.paint(a.circle((240, 110), 70), Radial((255, 200, 120, 150), (255, 200, 120, 0), radius=0.5))
    a.shadow((136, 344, 344, 384), 0.45, 12)
    jar = a.union(a.rect((140, 160, 340, 350), 18), a.oval((140, 330, 340, 372)))
    a.drop_shadow(jar, 6, 10, 14, 0.3)
    a.paint(jar, _cylinder(glass, 1.3, 0.55))
    a.paint(a.oval((148, 170, 332, 214)), Linear(rgb("#F5EBDD"), rgb("#E3D2BC")))
    a.paint(a.oval((140, 150, 340, 190)), (255, 255, 255), 0.18)
    a.paint(a.ring((140, 150, 340, 190), 3), shade(glass, 1.4), 0.7)
    a.paint(a.stroke([(240, 192), (238, 168)], 3), rgb("#2A2320"))
    flame = a.poly(bezier((238, 170), (212, 150), (222, 118), (240, 86), 16) + bezier((240, 86), (258, 118), (266, 150), (238, 170), 16)[1:])
    a.glow(flame, (255, 170, 60), 16, 0.9)
    a.paint(flame, Linear(rgb("#FFF7C2"), rgb("#FFC93C"), rgb("#FF7A1A"), angle=270))
    a.paint(a.oval((232, 138, 246, 166)), rgb("#6FA8FF"), 0.5)
    label = a.rect((164, 238, 316, 320), 6)
    a.paint(label, Linear(rgb("#F3E7D3"), rgb("#E1CFB3"), angle=0))
    a.text((240, 264), "LAVENDER", 17, rgb("#5B3F73"), bold=True)
    a.text((240, 286), "soy wax · 40 h", 11, rgb("#7A6654"))
    sprig = [(222 + k * 6, 304 - k * 1) for k in range(7)]
    a.paint(a.stroke([(220, 307), (262, 300)], 1.5), rgb("#5E8C61"))
    a.paint(a.circles(sprig, 2.6), rgb("#8E6BB8"))
    a.paint(a.rect((150, 176, 170, 340), 10), (255, 255, 255), 0.3, clip=jar)
    a.paint(a.rect((310, 190, 318, 330), 4), (255, 255, 255), 0.2, clip=jar)


def frying_pan(a: Art) -> None:
    a.shadow((50, 300, 430, 350), 0.4, 14)
    handle_pts = rotate(rounded_rect_points((320, 204, 476, 236), 16), (320, 220), -12)
    handle = a.poly(handle_pts)
    pan = a.oval((40, 120, 340, 320))
    a.drop_shadow(a.union(pan, handle), 6, 12, 14, 0.35)
    a.paint(handle, Linear(rgb("#4A4E56"), rgb("#15161A"), angle=78))
    (hx, hy), = rotate([(452, 220)], (320, 220), -12)
    a.paint(a.circle((hx, hy), 7), rgb("#EDEEF1"))
    a.paint(a.rect((304, 200, 344, 240), 8), Linear(rgb("#D9DCE1"), rgb("#7E848D")))
    a.paint(pan, Linear(rgb("#8B9099"), rgb("#3E424A"), rgb("#22252A"), angle=80))
    inner = a.oval((58, 136, 322, 300))
    a.paint(inner, Radial(rgb("#4A4F58"), rgb("#2A2D33"), rgb("#16181C"), centre=(0.45, 0.4), radius=0.8))
    rnd = random.Random(5)
    specks = [(rnd.uniform(60, 320), rnd.uniform(138, 298)) for _ in range(400)]
    a.paint(a.circles(specks, 0.9), rgb("#8A9099"), 0.5, clip=inner)
    a.paint(a.ring((58, 136, 322, 300), 3), rgb("#9AA0A8"), 0.6)
    # A fried egg's white: a few overlapping rounded blobs rather than one ellipse.
    white = a.union(a.oval((128, 190, 214, 252)), a.oval((160, 178, 250, 240)), a.oval((176, 204, 256, 258)), a.oval((140, 214, 200, 262)))
    a.drop_shadow(white, 2, 3, 3, 0.3)
    a.paint(white, Radial(rgb("#FFFFFF"), rgb("#F4F1EA"), centre=(0.4, 0.4)))
    a.paint(a.oval((170, 198, 214, 234)), Radial(rgb("#FFE07A"), rgb("#FFB000"), rgb("#E88A00"), centre=(0.4, 0.35), radius=0.8))
    a.paint(a.oval((180, 204, 194, 214)), (255, 255, 255), 0.7)
    a.paint(a.arc((58, 136, 322, 300), 190, 260, 5), (255, 255, 255), 0.25)


PRODUCTS = {
    "coffee-mug": ("Ceramic Coffee Mug", coffee_mug),
    "desk-lamp": ("LED Desk Lamp", desk_lamp),
    "cushion": ("Velvet Cushion", cushion),
    "knife-set": ("Kitchen Knife Set", knife_set),
    "plant-pot": ("Ceramic Plant Pot", plant_pot),
    "wall-clock": ("Silent Wall Clock", wall_clock),
    "bath-towel": ("Cotton Bath Towel", bath_towel),
    "storage-box": ("Foldable Storage Box", storage_box),
    "teapot": ("Porcelain Teapot", teapot),
    "scented-candle": ("Scented Candle", scented_candle),
    "frying-pan": ("Non-Stick Frying Pan", frying_pan),
}
