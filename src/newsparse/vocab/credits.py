"""Data: how image credits and captions are marked, in several languages."""

from __future__ import annotations

# A line that opens with one of these and a separator is an image credit
# ("Images source: © Getty Images | NurPhoto", "Photo: John Locher, AP", "Foto: dpa").
CREDIT_LABELS: tuple[str, ...] = (
    "images source", "image source", "image sources", "image credit", "image credits", "image copyright",
    "image caption", "image", "images", "photo credit", "photo credits", "photo", "photos", "photograph",
    "photographs", "photograph by", "photo by", "photos by", "photography", "picture", "pictures",
    "picture credit", "pic", "credit", "credits", "illustration", "illustration by", "graphic",
    "media source", "image via", "photo via", "photo courtesy of",
    "courtesy of", "courtesy", "foto", "fotos", "bild", "bilder", "bildquelle", "fotograf", "quelle",
    "crédit photo", "crédit", "crédits", "photo :", "fotografía", "fotografia", "imagen", "créditos",
    "crédito", "zdjęcie", "fot", "źródło",
)

# Image agencies and stock libraries: a short line naming one is a credit.
IMAGE_AGENCIES: tuple[str, ...] = (
    "getty images", "getty", "shutterstock", "istock", "istockphoto", "alamy", "reuters", "ap photo",
    "associated press", "afp", "epa", "epa-efe", "efe", "dpa", "picture alliance", "picture-alliance",
    "anadolu", "nurphoto", "sopa images", "zuma press", "zuma wire", "bloomberg", "corbis", "pa images",
    "pa wire", "rex features", "rex/shutterstock", "xinhua", "tass", "imago", "keystone", "ansa",
    "nasa", "wikimedia commons", "unsplash", "pexels", "jupiterimages", "creatas", "stock photo",
    "contributor", "file photo", "handout",
)
