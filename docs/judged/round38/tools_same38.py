"""How many judged round-38 items are identical in an older output: round 32's check, run from this
folder (it reads the items of the folder it is run from). usage: NEW.jsonl OLD.jsonl"""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[1] / "round32" / "tools_same32.py"), run_name="__main__")
