print("benchmarks: to do")
