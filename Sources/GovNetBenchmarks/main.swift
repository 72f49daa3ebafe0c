import GovNet
