# Refreshes the indexes (table of contents, lists of tables and charts) and the fields of a Word
# document with a LibreOffice started by the caller, then stores it as Word and, when asked, as PDF.
# Usage: refresh-indexes.py <pipe name> <in.docx> <out.docx> [<out.pdf>]
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
    deadline = time.time() + seconds
    while True:
        try:
            return resolver.resolve(url)
        except NoConnectException:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def main(args):
    pipe, source, target = args[0], args[1], args[2]
    pdf = args[3] if len(args) > 3 else None
    ctx = connect(pipe, 60)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + source)
    try:
        indexes = doc.getDocumentIndexes()
        # twice: the first update may move the pages the second one numbers
        for _ in range(2):
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
            doc.getTextFields().refresh()
        doc.storeToURL(
            uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 2007 XML"),))
        if pdf:
            doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    finally:
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the office is going away: the bridge may close before the answer


if __name__ == "__main__":
    main(sys.argv[1:])
    # the files are stored: leave without tearing down the UNO bridge, which now and then crashes
    # the interpreter on its way out once the office has gone
    sys.stdout.flush()
    os._exit(0)
