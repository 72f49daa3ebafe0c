import GovNet
print("govnet")
