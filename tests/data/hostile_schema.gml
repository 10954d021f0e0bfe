<?xml version="1.0" encoding="UTF-8"?>
<!-- GML whose schema GDAL may download: a project must not open it. -->
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" xmlns:gml="http://www.opengis.net/gml"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://example.invalid/wfs?service=WFS&amp;request=DescribeFeatureType">
  <gml:featureMember/>
</wfs:FeatureCollection>
