print("stages")
